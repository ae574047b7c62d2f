BRIEFINGS_SEARCH_WORDS("cib",{
"cible":"12",
"cibles":"63,18,7"
});
