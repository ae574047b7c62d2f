BRIEFINGS_SEARCH_WORDS("lin",{
"linking":"4w,2l"
});
