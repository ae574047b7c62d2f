BRIEFINGS_SEARCH_WORDS("fui",{
"fui":"2z,m,10,x,1g,9,8,4,5;4l,x,1g"
});
