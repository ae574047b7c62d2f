BRIEFINGS_SEARCH_WORDS("los",{
"lose":"6w,p",
"loss":"6s,u;6s"
});
