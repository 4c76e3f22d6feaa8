/** What `atelier --help` prints, and what follows a usage error. French first, then English. */
export const USAGE_TEXT = `Utilisation / Usage:
  atelier new FICHIER.atelier [--title TITRE]
      Crée un projet avec un parcours (3 h déclarées).
      Creates a project with one parcours (3 declared hours).
  atelier info FICHIER.atelier [--json] [--parcours P]
      Affiche le projet, ses parcours, leurs sections et activités.
      Prints the project, its parcours, their sections and activities.
  atelier --help       Cette aide / This help
  atelier --version    Version

  --parcours P   nom abrégé ou numéro listé par « info » (facultatif s'il n'y a qu'un parcours)
                 short name or the number "info" lists (optional when there is one parcours)

Codes de sortie / Exit codes: 0 succès/success, 1 erreur/error, 2 mauvaise utilisation/bad usage
Dossier de données / Data folder: $ATELIER_DATA_DIR ou/or ~/.config/atelier
`;
