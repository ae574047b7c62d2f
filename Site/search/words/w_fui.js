BRIEFINGS_SEARCH_WORDS("fui",{
"fui":"2z,18,z,x,1g,9,8,4,5;56,x,1g"
});
