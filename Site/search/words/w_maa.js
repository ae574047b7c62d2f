BRIEFINGS_SEARCH_WORDS("maa",{
"maarat":"1,2u,f,4,g,v,2,2,4,a,26,g,b,1;3a,4,1b,2o,s",
"maaret":"1,39,4",
"maarrat":"3e",
"maas":"1g,47,8,3,22,1,7;1g,47,8,3"
});
