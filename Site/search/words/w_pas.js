BRIEFINGS_SEARCH_WORDS("pas",{
"pas":"1,e,1,6,b,1,10,c,4,2,a,14,1,1,1,3,b,2,3,15,2,1b,d,1,5,c,1,3,3,1,5,2,1;3v,5,b,1c,1p,u",
"pasdaran":"1l",
"passage":"o,1g,5i,6;7m",
"passages":"d",
"passe":"1v",
"passera":"3v"
});
