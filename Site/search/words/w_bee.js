BRIEFINGS_SEARCH_WORDS("bee",{
"been":"3v,b,7,1,2,6,f,1o,v,1,3,3,1,2,2;4d,1,n,1o"
});
