BRIEFINGS_SEARCH_WORDS("loy",{
"loyal":"40,1m,1n,c;40,1m",
"loyales":"h,u,6c",
"loyalist":"2v"
});
