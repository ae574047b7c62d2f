BRIEFINGS_SEARCH_WORDS("coo",{
"coordination":"2a,y,10,c,w,1x,5,1;48,18",
"coordinator":"21,10",
"coordonnateur":"21",
"coordonnatrice":"31",
"coordonne":"1o,m,y"
});
