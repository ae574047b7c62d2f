BRIEFINGS_SEARCH_WORDS("saf",{
"safely":"6r,u;6r"
});
