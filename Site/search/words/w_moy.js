BRIEFINGS_SEARCH_WORDS("moy",{
"moyen":"7l",
"moyens":"17,24,2a,1m,8;5l"
});
