BRIEFINGS_SEARCH_WORDS("coo",{
"coordination":"2b,1k,10,b,w,1x,5,1;4v,17",
"coordinator":"22,10",
"coordonnateur":"22",
"coordonnatrice":"32",
"coordonne":"1o,n,1k"
});
