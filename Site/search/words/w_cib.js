BRIEFINGS_SEARCH_WORDS("cib",{
"cible":"12",
"cibles":"64,18,7"
});
