BRIEFINGS_SEARCH_WORDS("lin",{
"linking":"51,2t"
});
