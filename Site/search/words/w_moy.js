BRIEFINGS_SEARCH_WORDS("moy",{
"moyen":"3z,3z;3z",
"moyens":"17,23,2f,1v,8;5p"
});
