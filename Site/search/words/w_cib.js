BRIEFINGS_SEARCH_WORDS("cib",{
"cible":"12",
"cibles":"6b,1c,7"
});
