BRIEFINGS_SEARCH_WORDS("loy",{
"loyal":"4m,1m,1n,c;4m,1m",
"loyales":"h,u,6y",
"loyalist":"2v"
});
