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
  atelier import FICHIER.atelier SAUVEGARDE.mbz|DOSSIER
      Importe une sauvegarde de cours Moodle (2.6 à 4.5, tar.gz ou zip) ou un dossier de
      parcours comme parcours du projet (un dossier déjà importé met son parcours à jour).
      Imports a Moodle course backup (2.6 to 4.5, tar.gz or zip) or a parcours folder as a
      parcours of the project (a folder already imported updates its parcours).
  atelier export FICHIER.atelier [--parcours P] --format gift|moodle-xml -o SORTIE
      Écrit la banque de questions du parcours en GIFT ou XML Moodle.
      Writes the parcours's question bank as GIFT or Moodle XML.
  atelier export FICHIER.atelier [--parcours P] --format mbz [--moodle 4.1|4.5] [--zip] -o SORTIE.mbz
      Écrit le parcours en sauvegarde de cours Moodle, sans données utilisateur (4.1 par défaut,
      que 4.5 restaure aussi ; --zip : archive zip au lieu de tar.gz).
      Writes the parcours as a Moodle course backup without user data (4.1 by default, which
      4.5 restores too; --zip: a zip archive instead of tar.gz).
  atelier export FICHIER.atelier [--parcours P] --format folder -o DOSSIER
      Écrit le parcours en dossier de fichiers texte, identique octet pour octet d'une fois sur
      l'autre (pour Git) ; un dossier déjà exporté est mis à jour.
      Writes the parcours as a folder of text files, byte-identical from one run to the next
      (for Git); a folder already exported is updated.
  atelier export FICHIER.atelier [--parcours P] --format review|review-zip -o SORTIE.html|.zip
      Écrit le dossier de relecture : une page HTML qui s'ouvre sans connexion dans tout
      navigateur, le parcours vu par chaque rôle (review-zip : la page et un dossier de médias,
      pour les médias lourds).
      Writes the review package: one HTML page that opens offline in any browser, the parcours
      as each role sees it (review-zip: the page and a media folder, for large media).
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
