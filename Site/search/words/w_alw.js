BRIEFINGS_SEARCH_WORDS("alw",{
"always":"6r,l;6r"
});
