BRIEFINGS_SEARCH_WORDS("moy",{
"moyen":"3y,3x;3y",
"moyens":"17,23,2e,1t,8;5o"
});
