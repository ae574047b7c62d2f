BRIEFINGS_SEARCH_WORDS("dos",{
"dossier":"0,1,1"
});
