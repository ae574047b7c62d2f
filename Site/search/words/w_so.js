BRIEFINGS_SEARCH_WORDS("so",{
"so":"6w,p,1"
});
