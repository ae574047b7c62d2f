BRIEFINGS_SEARCH_WORDS("bee",{
"been":"3v,8,1,9,2,2,6,f,1o,w,1,3,3,1,2,2;44,9,2,n,1o"
});
