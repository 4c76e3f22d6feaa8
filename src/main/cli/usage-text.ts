/** What `atelier --help` prints, and what follows a usage error. French first, then English. */
export const USAGE_TEXT = `Utilisation / Usage:
  atelier new FICHIER.atelier [--title TITRE] [--template GABARIT]
      Crée un projet avec un parcours (vide, 3 h déclarées, ou fait d'un gabarit).
      Creates a project with one parcours (empty, 3 declared hours, or from a gabarit).
  atelier templates [--json]
      Liste les gabarits fournis (identifiant, nom, durée, description).
      Lists the shipped gabarits (id, name, duration, description).
  atelier info FICHIER.atelier [--json] [--parcours P]
      Affiche le projet, ses parcours, leurs sections, activités et budget temps.
      Prints the project, its parcours, their sections, activities and time budget.
  atelier import FICHIER.atelier QUESTIONS.gift|QUESTIONS.xml [--parcours P] [--category CHEMIN]
      Importe des questions GIFT ou XML Moodle dans la banque du parcours ; affiche le rapport
      (chaque question refusée avec sa ligne et la raison). Sortie 1 si rien n'a été importé.
      Imports GIFT or Moodle XML questions into the parcours's bank; prints the report (each
      refused question with its line and reason). Exit 1 when nothing could be imported.
  atelier export FICHIER.atelier [--parcours P] --format gift|moodle-xml -o SORTIE
      Écrit la banque de questions du parcours en GIFT ou XML Moodle.
      Writes the parcours's question bank as GIFT or Moodle XML.
  atelier --help       Cette aide / This help
  atelier --version    Version

  --template G   identifiant ou nom d'un gabarit, sans tenir compte de la casse
                 a gabarit's id or name, case-insensitive
  --parcours P   nom abrégé ou numéro listé par « info » (facultatif s'il n'y a qu'un parcours)
                 short name or the number "info" lists (optional when there is one parcours)
  --category C   catégorie cible, « Parent/Enfant » (créée si absente)
                 target category, "Parent/Child" (created when missing)

Codes de sortie / Exit codes: 0 succès/success, 1 erreur/error, 2 mauvaise utilisation/bad usage
Dossier de données / Data folder: $ATELIER_DATA_DIR ou/or ~/.config/atelier
`;
