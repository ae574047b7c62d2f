BRIEFINGS_SEARCH_WORDS("moy",{
"moyen":"4a,3m;4a",
"moyens":"17,23,2f,1t,8;5p"
});
