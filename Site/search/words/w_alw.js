BRIEFINGS_SEARCH_WORDS("alw",{
"always":"71,l;71"
});
