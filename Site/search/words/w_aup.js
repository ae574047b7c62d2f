BRIEFINGS_SEARCH_WORDS("aup",{
"aupres":"18,f,6,a,w,5"
});
