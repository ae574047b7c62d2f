BRIEFINGS_SEARCH_WORDS("moy",{
"moyen":"7k",
"moyens":"17,23,2a,1m,8;5k"
});
