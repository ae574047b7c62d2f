BRIEFINGS_SEARCH_WORDS("moy",{
"moyen":"7k",
"moyens":"17,24,29,1m,8;5k"
});
