BRIEFINGS_SEARCH_WORDS("cib",{
"cible":"12",
"cibles":"6p,18,7"
});
