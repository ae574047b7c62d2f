BRIEFINGS_SEARCH_WORDS("lin",{
"linking":"5h,2l"
});
