BRIEFINGS_SEARCH_WORDS("los",{
"lose":"6w,q",
"loss":"6s,v;6s"
});
