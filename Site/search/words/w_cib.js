BRIEFINGS_SEARCH_WORDS("cib",{
"cible":"12",
"cibles":"61,1b,7"
});
