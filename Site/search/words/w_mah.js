BRIEFINGS_SEARCH_WORDS("mah",{
"mahamat":"30"
});
