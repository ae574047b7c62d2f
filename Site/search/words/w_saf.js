BRIEFINGS_SEARCH_WORDS("saf",{
"safely":"6s,u;6s"
});
