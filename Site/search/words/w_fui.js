BRIEFINGS_SEARCH_WORDS("fui",{
"fui":"2z,m,z,x,1g,9,8,4,5;4k,x,1g"
});
