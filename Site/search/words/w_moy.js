BRIEFINGS_SEARCH_WORDS("moy",{
"moyen":"86",
"moyens":"17,2q,29,1m,8;66"
});
