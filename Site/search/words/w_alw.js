BRIEFINGS_SEARCH_WORDS("alw",{
"always":"71,k;71"
});
