BRIEFINGS_SEARCH_WORDS("akp",{
"akp":"47,42;47"
});
