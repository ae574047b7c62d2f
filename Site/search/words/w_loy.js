BRIEFINGS_SEARCH_WORDS("loy",{
"loyal":"45,1m,1w,c;45,1m",
"loyales":"h,u,6q",
"loyalist":"2u"
});
