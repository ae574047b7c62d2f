BRIEFINGS_SEARCH_WORDS("cib",{
"cible":"12",
"cibles":"6c,1d,7"
});
