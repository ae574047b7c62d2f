BRIEFINGS_SEARCH_WORDS("loy",{
"loyal":"40,1n,1n,c;40,1n",
"loyales":"h,u,6d",
"loyalist":"2v"
});
