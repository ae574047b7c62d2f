BRIEFINGS_SEARCH_WORDS("cib",{
"cible":"12",
"cibles":"6a,1c,7"
});
