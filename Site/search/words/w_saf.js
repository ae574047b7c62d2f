BRIEFINGS_SEARCH_WORDS("saf",{
"safely":"6j,u;6j"
});
