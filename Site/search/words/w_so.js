BRIEFINGS_SEARCH_WORDS("so",{
"so":"6w,q,1"
});
