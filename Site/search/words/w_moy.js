BRIEFINGS_SEARCH_WORDS("moy",{
"moyen":"7n",
"moyens":"17,23,2a,1p,8;5k"
});
