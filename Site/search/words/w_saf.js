BRIEFINGS_SEARCH_WORDS("saf",{
"safely":"6i,t;6i"
});
