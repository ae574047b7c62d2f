BRIEFINGS_SEARCH_WORDS("coo",{
"coordination":"2a,y,16,b,x,25,5,1;4e,18",
"coordinator":"21,10",
"coordonnateur":"21",
"coordonnatrice":"31",
"coordonne":"1o,m,y"
});
