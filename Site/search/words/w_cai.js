BRIEFINGS_SEARCH_WORDS("cai",{
"caire":"y,10",
"cairo":"y,75"
});
