BRIEFINGS_SEARCH_WORDS("coo",{
"coordination":"2b,y,10,b,w,1x,5,1;49,17",
"coordinator":"22,10",
"coordonnateur":"22",
"coordonnatrice":"32",
"coordonne":"1o,n,y"
});
