BRIEFINGS_SEARCH_WORDS("saf",{
"safely":"6t,v;6t"
});
