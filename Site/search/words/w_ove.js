BRIEFINGS_SEARCH_WORDS("ove",{
"over":"5c,1r,1,1,q,1,6,5;73,2",
"overwhelmed":"7z"
});
