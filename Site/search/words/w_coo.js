BRIEFINGS_SEARCH_WORDS("coo",{
"coordination":"2a,y,15,b,x,23,5,1;4d,18",
"coordinator":"21,10",
"coordonnateur":"21",
"coordonnatrice":"31",
"coordonne":"1o,m,y"
});
